//! mistake: `.len()` called on the Result of a `?` comprehension as if it were the Vec
//! offending: len
//! category: try
use comprehensions::comp;

fn main() {
    let row = "3,4,5";
    let nums = comp![c.parse::<i32>()? for c in row.split(',')];
    println!("{} columns", nums.len());
}
