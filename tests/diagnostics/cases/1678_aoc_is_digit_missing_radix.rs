//! mistake: Python's `c.isdigit()` written as `c.is_digit()` without its radix argument
//! offending: is_digit()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "pqr3stu8vwx";
    let digits = comp![c.to_digit(10).unwrap() for c in line.chars() if c.is_digit()];
    println!("{}", digits[0] * 10 + digits[digits.len() - 1]);
}
