//! mistake: a lazy inner display kept in the list borrows the outer loop's `String`, dropped each iteration
//! offending: |s| format!("{p}{s}")
//! category: ownership
fn main() {
    let prefixes = vec!["re".to_string(), "un".to_string()];
    let suffixes = vec!["do", "make"];
    let words: Vec<_> = prefixes.into_iter().map(|p| suffixes.iter().map(|s| format!("{p}{s}"))).collect();
    for group in words {
        println!("{:?}", group.collect::<Vec<_>>());
    }
}
