//! mistake: mixed a `ParseIntError` `?` with `TagError` `?`s in a function returning `Result<_, TagError>`
//! offending: parse::<u32>()?
//! category: try
use comprehensions::comp;

use std::collections::HashMap;

#[derive(Debug)]
enum TagError {
    Missing { file: String, key: &'static str },
}

struct AudioFile {
    path: String,
    tags: HashMap<&'static str, String>,
}

fn tag<'a>(f: &'a AudioFile, key: &'static str) -> Result<&'a str, TagError> {
    f.tags.get(key).map(String::as_str).ok_or_else(|| TagError::Missing { file: f.path.clone(), key })
}

fn files() -> Vec<AudioFile> {
    vec![
        AudioFile { path: "a.flac".to_string(), tags: HashMap::from([("TRACKNUMBER", "1".to_string())]) },
        AudioFile { path: "b.flac".to_string(), tags: HashMap::from([("TRACKNUMBER", "2/12".to_string())]) },
    ]
}

fn track_numbers(files: &[AudioFile]) -> Result<Vec<u32>, TagError> {
    comp![tag(f, "TRACKNUMBER")?.parse::<u32>()? for f in files]
}

fn main() {
    println!("{:?}", track_numbers(&files()));
}
