//! mistake: Python's `str(n)` to turn a number into a string for a palindrome test
//! offending: str(n)
//! category: python-habit
fn is_pal(s: &str) -> bool {
    s.chars().eq(s.chars().rev())
}

fn main() {
    let pals: Vec<i32> = (10..200).filter(|&n| is_pal(&str(n))).collect();
    println!("{pals:?}");
}
