//! mistake: moved the outer loop's `speaker` String into every tuple of the inner word loop
//! offending: speaker
//! category: ownership
use comprehensions::comp;

fn main() {
    let transcript: Vec<(String, String)> = vec![
        ("alice".into(), "hi can you help".into()),
        ("bot".into(), "of course".into()),
    ];
    let tagged: Vec<(String, String)> =
        comp![(speaker, w.to_string()) for (speaker, text) in transcript for w in text.split(' ')];
    println!("{tagged:?}");
}
