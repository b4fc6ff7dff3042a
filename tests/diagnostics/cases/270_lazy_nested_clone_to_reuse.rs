//! mistake: `.clone()` on a nested lazy comprehension over owned lines to iterate it twice (Python's `itertools.tee`)
//! offending: clone
//! category: type
use comprehensions::comp;

fn main() {
    let lines: Vec<String> = vec!["a b".into(), "c".into()];
    // Python: words = (w for line in lines for w in line.split()); a, b = itertools.tee(words)
    let words = comp!((w.to_string() for line in lines for w in line.split(' ')));
    let count = words.clone().count();
    let longest = words.max_by_key(|w| w.len());
    println!("{count} {longest:?}");
}
