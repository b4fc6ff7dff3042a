// A list whose `?`s make it a `Result` or an `Option` gets its element
// type from the type it is expected to have before its loop: an element of
// another type is reported on the element (or its `?`), as by hand on the
// `push`, not as a mismatch of the whole results on the call.
use comprehensions::comp;
use std::num::ParseIntError;

fn initials(lines: &[&str]) -> Option<Vec<char>> {
    comp![l.split_whitespace().next()?.chars().next() for l in lines]
}

fn widths(cells: &[&str]) -> Result<Vec<u32>, ParseIntError> {
    comp![c.parse::<i64>()? for c in cells]
}

fn main() {
    let _ = (initials, widths);
}
