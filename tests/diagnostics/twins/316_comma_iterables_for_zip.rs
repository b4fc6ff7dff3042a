//! mistake: `for (n, a) in names, ages` expecting two lists to be walked in step (hand-written)
fn main() {
    let names = vec!["ann", "bob"];
    let ages = vec![31, 27];
    let mut lines = Vec::new();
    for (n, a) in names, ages {
        lines.push(format!("{n}: {a}"));
    }
    println!("{lines:?}");
}
