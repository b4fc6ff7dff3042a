//! mistake: Python's `{frozenset(g) for g in groups}` as a set comprehension of set comprehensions: a `HashSet` is not `Hash`
//! offending: {m for m in g}
//! category: python-habit
use comprehensions::comp;

fn main() {
    let groups = vec![vec!["a", "b"], vec!["b", "a"], vec!["c"]];
    let unique = comp!({{m for m in g} for g in &groups});
    println!("{} distinct groups", unique.len());
}
