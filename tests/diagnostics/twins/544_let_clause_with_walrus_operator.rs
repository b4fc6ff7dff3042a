fn main() {
    let words = vec!["apple", "fig", "banana"];
    let mut long = Vec::new();
    for w in &words {
        let n := w.len();
        if n > 3 {
            long.push((w, n));
        }
    }
    println!("{long:?}");
}
