//! mistake: a `let` clause left over from an edit, its binding never used
//! offending: sq
//! category: lint
fn main() {
    let xs = vec![3, -1, 4, -5];
    let mut positives = Vec::new();
    for x in &xs {
        let sq = x * x;
        if *x > 0 {
            positives.push(x);
        }
    }
    println!("{positives:?}");
}
