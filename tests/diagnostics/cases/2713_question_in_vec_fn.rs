//! mistake: used `?` on `parse` in a function returning a plain `Vec<u32>`, hoping bad ids are skipped
//! offending: parse::<u32>()?
//! category: try
use comprehensions::comp;

fn parse_doc_ids(param: &str) -> Vec<u32> {
    comp![s.trim().parse::<u32>()? for s in param.split(',')]
}

fn main() {
    println!("{:?}", parse_doc_ids("3, 17,x,42"));
}
