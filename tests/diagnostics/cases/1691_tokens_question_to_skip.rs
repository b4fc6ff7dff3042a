//! mistake: `?` used to skip tokens that do not parse, in `main`, into a `Vec<i32>`
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    let tokens = vec!["4", "x", "15"];
    let nums: Vec<i32> = comp![s.parse::<i32>()? for s in &tokens];
    println!("{}", nums.iter().sum::<i32>());
}
