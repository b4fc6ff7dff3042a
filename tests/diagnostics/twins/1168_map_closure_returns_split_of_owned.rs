//! mistake: a closure passed to `map` over `into_iter()` returns words borrowed from the closure's own `line`
//! offending: line.split(' ')
//! category: ownership

fn main() {
    let lines: Vec<String> = vec!["a b c".to_string(), "d  e".to_string()];
    let rows: Vec<Vec<&str>> = lines
        .into_iter()
        .map(|line| line.split(' ').filter(|w| !w.is_empty()).collect::<Vec<_>>())
        .collect();
    println!("{rows:?}");
}
