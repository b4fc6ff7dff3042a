//! mistake: used `?` to skip unparseable DOIs, where the list is declared a plain `Vec`
//! offending: ?
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Doi {
    prefix: String,
    suffix: String,
}

fn parse_doi(s: &str) -> Option<Doi> {
    let (prefix, suffix) = s.strip_prefix("10.")?.split_once('/')?;
    Some(Doi { prefix: format!("10.{prefix}"), suffix: suffix.to_string() })
}

fn main() {
    let raw = vec!["10.1038/nature14539", "not-a-doi", "10.1145/3065386"];
    let dois: Vec<Doi> = comp![parse_doi(s)? for s in &raw];
    println!("{dois:?}");
}
