//! mistake: a lazy inner display kept in the list borrows the outer loop's `String`, dropped each iteration
//! offending: (format!("{p}{s}") for s in &suffixes)
//! category: ownership
use comprehensions::comp;

fn main() {
    let prefixes = vec!["re".to_string(), "un".to_string()];
    let suffixes = vec!["do", "make"];
    let words = comp![(format!("{p}{s}") for s in &suffixes) for p in prefixes];
    for group in words {
        println!("{:?}", group.collect::<Vec<_>>());
    }
}
