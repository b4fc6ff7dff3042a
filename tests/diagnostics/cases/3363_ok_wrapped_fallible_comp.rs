//! mistake: wrapped a comprehension that already evaluates to a `Result` in another `Ok(..)`
//! offending: Ok(comp![parse_reference(l)? for l in bibtex.lines() if !l.trim().is_empty()])
//! category: try
use comprehensions::comp;

#[derive(Debug)]
struct Reference {
    key: String,
    doi: String,
}

#[derive(Debug)]
struct ParseError(String);

fn parse_reference(line: &str) -> Result<Reference, ParseError> {
    let (key, doi) = line.split_once('=').ok_or_else(|| ParseError(line.to_string()))?;
    Ok(Reference { key: key.trim().to_string(), doi: doi.trim().to_string() })
}

fn load_references(bibtex: &str) -> Result<Vec<Reference>, ParseError> {
    Ok(comp![parse_reference(l)? for l in bibtex.lines() if !l.trim().is_empty()])
}

fn main() {
    println!("{:?}", load_references("vaswani2017 = 10.48550/arXiv.1706.03762\n"));
}
