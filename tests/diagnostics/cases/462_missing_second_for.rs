//! mistake: the second loop of a nested comprehension lacks its `for`
//! offending: b
//! category: syntax
use comprehensions::comp;

fn main() {
    let left = vec!["eu-west", "us-east"];
    let right = vec!["us-east", "ap-south"];
    // Python: pairs = [(a, b) for a in left for b in right if a != b]
    let pairs = comp![(a, b) for a in &left b in &right if a != b];
    println!("{pairs:?}");
}
