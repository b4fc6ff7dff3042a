//! mistake: using a name in the filter that is only bound later, in the element (hand-written)
fn main() {
    let words = vec!["a", "kitten", "dog", "elephant"];
    let mut long = Vec::new();
    for w in &words {
        if n > 3 {
            let n = w.len();
            long.push(n);
        }
    }
    println!("{long:?}");
}
