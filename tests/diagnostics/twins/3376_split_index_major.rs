//! mistake: took the major version with Python's `v.split('.')[0]`, indexing the split iterator
//! offending: v.split('.')[0]
//! category: python-habit
fn main() {
    let versions: Vec<String> = vec!["1.4.2".into(), "2.0.0-rc.1".into(), "0.9.12".into()];
    let majors: Vec<u64> = versions.iter().map(|v| v.split('.')[0].parse::<u64>().unwrap()).collect();
    println!("{majors:?}");
}
