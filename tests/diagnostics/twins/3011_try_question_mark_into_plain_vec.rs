//! mistake: used `?` on each year tag's parse while declaring the result a plain `Vec<u16>`
//! offending: ?
//! category: try
struct Tagged {
    file: String,
    year_tag: String,
}

fn main() {
    let files = vec![
        Tagged { file: "01.flac".to_string(), year_tag: "1959".to_string() },
        Tagged { file: "02.flac".to_string(), year_tag: "1997".to_string() },
    ];
    let years: Vec<u16> = files.iter().map(|f| f.year_tag.parse::<u16>()?).collect();
    println!("{} files, years {years:?}", files.len());
}
