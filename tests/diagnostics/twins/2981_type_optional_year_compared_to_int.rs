//! mistake: compared an ID3 `Option<u16>` release year directly with the integer `2000`
//! offending: 2000
//! category: type
#[derive(Debug)]
struct Id3 {
    title: String,
    year: Option<u16>,
}

fn main() {
    let tags = vec![
        Id3 { title: "Kid A".to_string(), year: Some(2000) },
        Id3 { title: "Untitled bootleg".to_string(), year: None },
        Id3 { title: "In Rainbows".to_string(), year: Some(2007) },
    ];
    let modern: Vec<&str> = tags.iter().filter(|tag| tag.year >= 2000).map(|tag| tag.title.as_str()).collect();
    println!("{modern:?}");
}
