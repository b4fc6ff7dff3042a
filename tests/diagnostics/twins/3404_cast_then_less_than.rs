//! mistake: compared a cast `*depth as usize < max_depth` without parentheses
//! offending: *depth as usize < max_depth
//! category: syntax
fn main() {
    let tree: Vec<(String, u32)> = vec![("app".into(), 0), ("serde".into(), 1), ("serde_derive".into(), 2)];
    let max_depth: usize = 2;
    let shallow: Vec<&str> = tree.iter().filter(|(_, depth)| *depth as usize < max_depth).map(|(n, _)| n.as_str()).collect();
    println!("{shallow:?}");
}
