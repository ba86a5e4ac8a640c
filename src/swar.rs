//! Eight bytes at a time: tests on the bytes of a `u64` read from the text
//! (SWAR, "SIMD within a register"), shared by the parser's scans and the
//! plain-English word pass. Each answers with the top bit of each byte
//! ("lane") that passes; no step carries from one lane into the next.

/// The lowest bit of each byte of a `u64`.
pub(crate) const ONES: u64 = 0x0101_0101_0101_0101;

/// The top bit of each byte of a `u64`.
pub(crate) const TOP: u64 = 0x8080_8080_8080_8080;

/// The lanes of `x` (eight bytes) that hold an ASCII byte from `lo` to
/// `hi`, as the top bit of each. With its top bit cleared, a byte plus
/// `0x80 - lo` reaches the top bit from `lo` up, plus `0x80 - hi - 1`
/// from past `hi`, and neither sum carries into the next lane; a byte
/// whose own top bit is set is not ASCII.
pub(crate) const fn lanes_between(x: u64, lo: u8, hi: u8) -> u64 {
    let low = x & !TOP;
    let from_lo = low + (0x80 - lo as u64) * ONES;
    let past_hi = low + (0x80 - hi as u64 - 1) * ONES;
    from_lo & !past_hi & !x & TOP
}

/// The lanes of `x` (eight bytes) that hold an ASCII capital, as the top
/// bit of each.
pub(crate) const fn capital_lanes(x: u64) -> u64 {
    lanes_between(x, b'A', b'Z')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_are_the_bytes_in_the_range_and_only_those() {
        for lo in [b'0', b'A', b'a'] {
            let hi = lo + if lo == b'0' { 9 } else { 25 };
            for b in 0..=255u8 {
                let x = u64::from_le_bytes([b, b'.', 0xff, b, 0, b'Z', b'9', b]);
                let got = lanes_between(x, lo, hi);
                for (lane, byte) in x.to_le_bytes().into_iter().enumerate() {
                    let set = got >> (lane * 8 + 7) & 1 == 1;
                    assert_eq!(set, (lo..=hi).contains(&byte), "{byte:#x} in {lo}..={hi}");
                }
            }
        }
    }
}
