//! Byte offsets into text that are safe to slice at: the one place that
//! turns an offset that may fall inside a character into one that does not.

/// The largest char boundary of `s` at or before `at` (`s.len()` past the
/// end): an offset that is safe to slice at, whatever `at` is.
pub(crate) fn floor_char_boundary(s: &str, at: usize) -> usize {
    if at >= s.len() {
        return s.len();
    }
    // A char is at most four bytes: a boundary is at most three back.
    (at.saturating_sub(3)..=at)
        .rev()
        .find(|&i| s.is_char_boundary(i))
        .unwrap_or(0)
}

/// The first `max` bytes of `s` at most, cut back to a char boundary.
pub(crate) fn truncate_at_char(s: &str, max: usize) -> &str {
    &s[..floor_char_boundary(s, max)]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn boundaries_never_fall_inside_a_char() {
        let s = "aé☆😀b";
        for at in 0..s.len() + 3 {
            let b = floor_char_boundary(s, at);
            assert!(s.is_char_boundary(b) && b <= at.min(s.len()), "{at} -> {b}");
            // The boundary is the nearest one: nothing between it and `at`.
            assert!((b + 1..=at.min(s.len())).all(|i| !s.is_char_boundary(i)));
        }
        assert_eq!(truncate_at_char("☆☆", 4), "☆");
        assert_eq!(truncate_at_char("☆☆", 6), "☆☆");
        assert_eq!(truncate_at_char("☆☆", 99), "☆☆");
        assert_eq!(truncate_at_char("☆", 2), "");
    }
}
