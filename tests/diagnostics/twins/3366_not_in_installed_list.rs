//! mistake: checked a missing dependency with Python's `not in` membership test
//! offending: not in
//! category: python-habit
fn main() {
    let installed: Vec<String> = vec!["serde".into(), "libc".into()];
    let required = vec!["serde".to_string(), "tokio".to_string(), "libc".to_string()];
    let missing: Vec<&String> = required.iter().filter(|r| r not in installed).collect();
    println!("to install: {missing:?}");
}
