//! mistake: a lazy form with `move` of column widths, over a borrowed slice, returned as `impl Iterator` without `+ '_`
//! offending: impl Iterator<Item = usize>
//! category: ownership
use comprehensions::comp;

fn non_empty(cols: &[String], min: usize) -> impl Iterator<Item = usize> {
    comp!(move (c.len() for c in cols.iter() if c.len() >= min))
}

fn main() {
    let cols = vec!["id".to_string(), String::new(), "total".to_string()];
    println!("{:?}", non_empty(&cols, 1).collect::<Vec<_>>());
}
