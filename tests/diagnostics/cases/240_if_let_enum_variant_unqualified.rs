//! mistake: `if let Click { x, y } = e` without the enum's path `Event::`
//! offending: Click
//! category: type
use comprehensions::comp;

#[allow(dead_code)]
enum Event {
    Click { x: i32, y: i32 },
    Key(char),
}

fn main() {
    let events = vec![Event::Click { x: 1, y: 2 }, Event::Key('q')];
    let clicks = comp![(x, y) for e in &events if let Click { x, y } = e];
    println!("{clicks:?}");
}
