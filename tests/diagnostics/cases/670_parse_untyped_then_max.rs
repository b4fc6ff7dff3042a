//! mistake: parses command-line numbers with `parse()` and no target type, then only asks for the max
//! offending: parse
//! category: type
use comprehensions::comp;

fn main() {
    let args = vec!["3", "17", "5"];
    let nums = comp![a.parse().unwrap() for a in &args];
    println!("max = {:?}", nums.iter().max());
}
