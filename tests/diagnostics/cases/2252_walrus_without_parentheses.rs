//! mistake: wrote the walrus in the filter without its parentheses, `if gc := gc_content(s) > 0.6`
//! offending: gc := gc_content(s)
//! category: syntax
use comprehensions::comp;

fn gc_content(seq: &str) -> f64 {
    seq.chars().filter(|c| *c == 'G' || *c == 'C').count() as f64 / seq.len() as f64
}

fn main() {
    let islands = ["GCGCGGCCAT", "ATATATTAGC", "CCGGCGTAGG"];
    // Python: rich = [(s, gc) for s in islands if (gc := gc_content(s)) > 0.6]
    let rich: Vec<(&str, f64)> = comp![(s, gc) for s in islands if gc := gc_content(s) > 0.6];
    println!("{rich:?}");
}
