//! mistake: wrote the walrus in the filter without its parentheses, `if gc := gc_content(s) > 0.6`
//! offending: gc := gc_content(s)
//! category: syntax

fn gc_content(seq: &str) -> f64 {
    seq.chars().filter(|c| *c == 'G' || *c == 'C').count() as f64 / seq.len() as f64
}

fn main() {
    let islands = ["GCGCGGCCAT", "ATATATTAGC", "CCGGCGTAGG"];
    let mut rich: Vec<(&str, f64)> = Vec::new();
    for s in islands {
        if gc := gc_content(s) > 0.6 {
            rich.push((s, gc));
        }
    }
    println!("{rich:?}");
}
