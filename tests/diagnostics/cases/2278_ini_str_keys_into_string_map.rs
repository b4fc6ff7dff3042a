//! mistake: built a `HashMap<String, String>` of INI settings from borrowed `&str` keys and values
//! offending: k.trim()
//! category: type
use comprehensions::comp;
use std::collections::HashMap;

fn main() {
    let ini = "[database]\nhost = db01.internal\nport = 5432\nuser = app\n";
    let settings: HashMap<String, String> = comp!({
        k.trim(): v.trim()
        for line in ini.lines()
        if let Some((k, v)) = line.split_once('=')
    });
    println!("{:?}", settings.get("port"));
}
