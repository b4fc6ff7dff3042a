//! mistake: used `?` on `parse::<u32>()` in a function returning `QueryError`, which has no `From<ParseIntError>`
//! offending: id.trim().parse::<u32>()?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct QueryError {
    message: String,
}

fn parse_doc_ids(param: &str) -> Result<Vec<u32>, QueryError> {
    if param.is_empty() {
        return Err(QueryError { message: "empty id list".into() });
    }
    comp![id.trim().parse::<u32>()? for id in param.split(',')]
}

fn main() {
    println!("{:?}", parse_doc_ids("3, 17,x"));
}
