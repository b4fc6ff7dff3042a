//! mistake: a typed `let` annotating `s.len()` as `i32` (hand-written)
fn main() {
    let words = vec!["alpha", "be", "gamma"];
    let mut padded = Vec::new();
    for w in &words {
        let n: i32 = w.len();
        padded.push(format!("{w}{}", " ".repeat((8 - n) as usize)));
    }
    println!("{padded:?}");
}
