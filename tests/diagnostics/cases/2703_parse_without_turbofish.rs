//! mistake: wrote `parse<u32>()` without the turbofish when parsing doc ids from a query parameter
//! offending: parse<u32>()
//! category: syntax
use comprehensions::comp;

fn main() {
    let ids_param = "12, 40,7 ,301";
    let doc_ids: Vec<u32> = comp![s.trim().parse<u32>().unwrap() for s in ids_param.split(',')];
    println!("{doc_ids:?}");
}
