//! mistake: a generator passed as `&gen` to a function taking `&mut dyn Iterator`
//! offending: &gen
//! category: type
use comprehensions::comp;

fn take_header(it: &mut dyn Iterator<Item = String>) -> Option<String> {
    it.next()
}

fn main() {
    let rows = vec!["id,name", "1,ann", "2,bob"];
    let mut gen = comp!((r.to_string() for r in &rows));
    let header = take_header(&gen);
    let body: Vec<String> = gen.collect();
    println!("{header:?} {body:?}");
}
