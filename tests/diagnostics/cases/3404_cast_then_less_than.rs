//! mistake: compared a cast `*depth as usize < max_depth` without parentheses
//! offending: *depth as usize < max_depth
//! category: syntax
use comprehensions::comp;

fn main() {
    let tree: Vec<(String, u32)> = vec![("app".into(), 0), ("serde".into(), 1), ("serde_derive".into(), 2)];
    let max_depth: usize = 2;
    let shallow: Vec<&str> = comp![n.as_str() for (n, depth) in &tree if *depth as usize < max_depth];
    println!("{shallow:?}");
}
