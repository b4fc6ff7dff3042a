//! mistake: used Python's floor division `//` to turn byte offsets into word indices (a comment in Rust)
//! offending: //
//! category: python-habit
fn main() {
    let jump_targets: Vec<usize> = vec![0, 12, 40, 64];
    let words: Vec<usize> = jump_targets.iter().map(|off| off // 4).collect();
    println!("{words:?}");
}
