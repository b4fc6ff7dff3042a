//! mistake: an iterator passed as `&gen` to a function taking `&mut dyn Iterator`
//! offending: &gen
//! category: type
fn take_header(it: &mut dyn Iterator<Item = String>) -> Option<String> {
    it.next()
}

fn main() {
    let rows = vec!["id,name", "1,ann", "2,bob"];
    let mut gen = rows.iter().map(|r| r.to_string());
    let header = take_header(&gen);
    let body: Vec<String> = gen.collect();
    println!("{header:?} {body:?}");
}
