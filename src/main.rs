fn main() {
    println!("paperlint");
}
