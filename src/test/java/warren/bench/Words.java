package warren.bench;

/** Vocabulary for generated text, most common first, so that a Zipf pick gives English-like frequencies. */
final class Words {
  private Words() {}

  static final String[] COMMON = """
      the of and to a in is it that for you this was on with as have be are not but at they
      what from or by one all we an can there if so about just do more would like people
      no their my out up will time some them which think when your other than only because
      how then also its even really been much into good very any most know make who these
      well could way thing get new need say first still see back many work same us our those
      should actually pretty why right being where here now both over point while going
      better sure never few every again own long probably take mean lot another something
      always read years day world part post community feel seems great kind thought though
      comment problem whole rather since free years place used least enough far thread question
      state money power system labor workers class housing rent wages union strike history
      theory material conditions struggle organize capital market history media news article
      source link book books reading library software linux code server open project release
      update version kernel desktop terminal browser privacy data network instance federation
      music album song band film movie show episode season game games player story character
      food recipe cooking bread coffee tea garden plants cat cats dog dogs bird weather city
      town village train bus bike car road river mountain forest sea island summer winter
      spring autumn morning evening night week month year today tomorrow yesterday friend
      friends family kids school teacher student job boss coworkers office shift factory
      farm health doctor hospital care water energy climate solar wind coal oil gas price
      prices cost cheap expensive small large big little old young early late fast slow hard
      easy simple complex real fake true false wrong correct funny sad happy angry tired
      interesting important different possible available local global public private common
      human social political economic cultural personal general specific similar clear
      obvious strange weird cool nice bad worse worst best love hate agree disagree remember
      forget understand explain believe learn teach write wrote written said says told ask
      asked answer answered try tried help helped start started stop stopped keep kept
      change changed move moved build built lose lost win won pay paid buy bought sell sold
      give gave find found leave left call called use using look looking want wanted seem
      """.trim().split("\\s+");

  static final String[] TOPICS = """
      news worldnews technology linux programming science history books music movies
      television gaming boardgames cooking baking gardening cycling urbanism trains transit
      housing labor unions economics philosophy politics memes shitposting askwarren
      photography art drawing writing poetry languages travel hiking climbing fitness running
      football basketball cricket chess anime comics scifi fantasy horror podcasts space
      astronomy physics chemistry biology ecology climate energy nuclear solar diy woodworking
      electronics retrocomputing selfhosted privacy opensource android iphone pcgaming
      nintendo playstation xbox emulation mechanicalkeyboards coffee tea beer wine cats dogs
      birding fishing camping vanlife frugal personalfinance careers education teachers
      nursing medicine mentalhealth parenting relationships dating fashion sewing knitting
      pottery architecture design typography maps geography genealogy archaeology
      """.trim().split("\\s+");

  static final String[] SYLLABLES = """
      ka lo mi ren tov sa el ri da no vi ash bel cor dun fen gar hol jin kel lun mor nix pel
      quin ros sul tam ulf ven wyn yor zed ari bo cy dre fa ith jo ky lem ny os pra ta ur zo
      """.trim().split("\\s+");

  static final String[] PRONOUNS = {"he/him", "she/her", "they/them", "comrade/them", "any", "it/its", "he/they", "she/they"};

  static final String[] EMOJI = {":chefs-kiss:", ":meow-coffee:", ":sicko-yes:", ":agony:", ":kitty-cool:", ":rat-salute:", ":hexbear:"};

  static final String[] DOMAINS = {"example.com", "news.example.org", "blog.example.net", "video.example.com",
      "wiki.example.org", "papers.example.edu", "git.example.dev", "photos.example.net"};
}
