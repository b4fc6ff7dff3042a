//! mistake: returns an iterator chain over `text.split(' ')` as `impl Iterator`, where `text` is an owned parameter dropped at return
//! offending: text.split(' ')
//! category: ownership

fn shout(text: String) -> impl Iterator<Item = String> {
    text.split(' ').filter(|w| !w.is_empty()).map(|w| w.to_uppercase())
}

fn main() {
    for w in shout("hello big world".to_string()) {
        println!("{w}");
    }
}
