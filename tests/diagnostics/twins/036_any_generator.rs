//! mistake: Python's `any(..)` builtin over a generator in a filter (hand-written)
fn main() {
    let passwords = vec!["hunter2", "password", "s3cret"];
    let mut with_digit = Vec::new();
    for p in &passwords {
        if any(p.chars().map(|c| c.is_ascii_digit())) {
            with_digit.push(p);
        }
    }
    println!("{with_digit:?}");
}
