//! mistake: wrapped a comprehension with `?` (already a `Result`) in `Ok(..)` as the function's tail
//! offending: lines.iter().map(|l| parse_doc(l)).collect::<Result<Vec<_>, _>>()
//! category: try

#[derive(Debug)]
struct Doc {
    id: u32,
    body: String,
}

#[derive(Debug)]
struct ParseError(String);

fn parse_doc(line: &str) -> Result<Doc, ParseError> {
    let (id, body) = line.split_once('\t').ok_or_else(|| ParseError(format!("no tab in {line:?}")))?;
    let id = id.parse().map_err(|_| ParseError(format!("bad id {id:?}")))?;
    Ok(Doc { id, body: body.to_string() })
}

fn load_docs(lines: &[&str]) -> Result<Vec<Doc>, ParseError> {
    Ok(lines.iter().map(|l| parse_doc(l)).collect::<Result<Vec<_>, _>>())
}

fn main() {
    println!("{:?}", load_docs(&["1\trust search", "2\tinverted index"]));
}
