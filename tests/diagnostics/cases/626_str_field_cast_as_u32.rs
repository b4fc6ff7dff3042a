//! mistake: converts each comma-separated field with `as u32`, as Python's int(s)
//! offending: field as u32
//! category: python-habit
use comprehensions::comp;

fn main() {
    let line = "3,4,17";
    let nums = comp![field as u32 for field in line.split(',')];
    println!("{:?}", nums);
}
