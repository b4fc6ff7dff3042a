//! mistake: Python's `c.isdigit()` written as `c.is_digit()` without its radix argument
//! offending: is_digit()
//! category: python-habit
fn main() {
    let line = "pqr3stu8vwx";
    let digits: Vec<u32> = line
        .chars()
        .filter(|c| c.is_digit())
        .map(|c| c.to_digit(10).unwrap())
        .collect();
    println!("{}", digits[0] * 10 + digits[digits.len() - 1]);
}
