//! mistake: reads numbers from `input().split()`, Python's stdin builtin
//! offending: input
//! category: python-habit
use comprehensions::comp;

fn main() {
    let nums = comp![t.parse::<i64>().unwrap() for t in input().split_whitespace()];
    println!("sum = {}", nums.iter().sum::<i64>());
}
