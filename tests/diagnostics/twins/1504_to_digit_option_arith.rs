//! mistake: Python's `int(c) * 2` as `c.to_digit(10) * 2`, arithmetic on the `Option<u32>` it returns
//! offending: c.to_digit(10) * 2
//! category: type
fn main() {
    let s = "4821";
    let doubled = s.chars().map(|c| c.to_digit(10) * 2).collect::<Vec<_>>();
    println!("{doubled:?}");
}
