//! mistake: moved the outer loop's `speaker` String into every tuple of the inner word loop
//! offending: speaker
//! category: ownership

fn main() {
    let transcript: Vec<(String, String)> = vec![
        ("alice".into(), "hi can you help".into()),
        ("bot".into(), "of course".into()),
    ];
    let mut tagged: Vec<(String, String)> = Vec::new();
    for (speaker, text) in transcript {
        for w in text.split(' ') {
            tagged.push((speaker, w.to_string()));
        }
    }
    println!("{tagged:?}");
}
