//! mistake: used `?` in a script's `fn main` hoping it would skip the lines that do not parse
//! offending: ?
//! category: try
use comprehensions::comp;

fn main() {
    // output of `pgrep -f gunicorn`, with a stray warning line
    let pgrep = "4121\n4122\npgrep: warning: truncated\n4130\n";
    let pids: Vec<u32> = comp![line.trim().parse::<u32>()? for line in pgrep.lines()];
    println!("sending SIGHUP to {pids:?}");
}
