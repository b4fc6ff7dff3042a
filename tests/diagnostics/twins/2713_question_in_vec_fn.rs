//! mistake: used `?` on `parse` in a function returning a plain `Vec<u32>`, hoping bad ids are skipped
//! offending: parse::<u32>()?
//! category: try

fn parse_doc_ids(param: &str) -> Vec<u32> {
    let mut ids = Vec::new();
    for s in param.split(',') {
        ids.push(s.trim().parse::<u32>()?);
    }
    ids
}

fn main() {
    println!("{:?}", parse_doc_ids("3, 17,x,42"));
}
