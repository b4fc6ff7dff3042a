//! mistake: consumed the lazy generator with `count()` and then iterated it again, as if it were a list
//! offending: errs.take(3)
//! category: ownership

fn main() {
    let lines = vec!["ERROR a".to_string(), "INFO b".to_string(), "ERROR c".to_string()];
    let errs = lines.iter().filter(|l| l.starts_with("ERROR"));
    let n = errs.count();
    let first: Vec<&String> = errs.take(3).collect();
    println!("{n} {first:?}");
}
