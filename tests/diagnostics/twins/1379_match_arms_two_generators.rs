//! mistake: a function returning `impl Iterator` picks one of two maps in a `match`, as a Python function returns either generator
//! offending: xs.into_iter().map(|x| x * 2)
//! category: type
fn transform(xs: Vec<i64>, mode: &str) -> impl Iterator<Item = i64> {
    match mode {
        "neg" => xs.into_iter().map(|x| -x),
        _ => xs.into_iter().map(|x| x * 2),
    }
}

fn main() {
    let v: Vec<i64> = transform(vec![1, 2], "neg").collect();
    println!("{v:?}");
}
